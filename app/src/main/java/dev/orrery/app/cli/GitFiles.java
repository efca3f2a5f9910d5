package dev.orrery.app.cli;

import dev.orrery.core.io.PipelineFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads files as they were in a revision of the Git repository that holds a folder, and lists the commits
 * that touched a file, through JGit (no {@code git} program needed). Every failure is a
 * {@link DiffInputException} with a message for people. Used by {@code orrery diff} and the designer's
 * "Compare with…".
 */
public final class GitFiles implements AutoCloseable {
    /** A commit that touched a file: its id, author, when it was authored and the first line of its message. */
    public record Commit(String id, String author, java.time.Instant when, String message) {
        /** The id's first 7 characters, as Git abbreviates it. */
        public String shortId() {
            return id.substring(0, Math.min(7, id.length()));
        }
    }

    private final Repository repository;
    private final Path workTree;

    private GitFiles(Repository repository, Path workTree) {
        this.repository = repository;
        this.workTree = workTree;
    }

    /** The repository holding {@code folder} (found upwards, as git does). */
    public static GitFiles holding(Path folder) throws DiffInputException {
        return find(folder).orElseThrow(() -> new DiffInputException(folder.toAbsolutePath().normalize()
                + " is not in a Git repository (REV:PATH and the one-file form read from one)"));
    }

    /** The repository holding {@code folder} (found upwards, as git does), or empty when there is none. */
    public static java.util.Optional<GitFiles> find(Path folder) throws DiffInputException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return java.util.Optional.empty();
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                throw new DiffInputException(builder.getGitDir() + " is a bare repository: it has no working folder");
            }
            return java.util.Optional.of(new GitFiles(repo, repo.getWorkTree().toPath().toRealPath()));
        } catch (IOException e) {
            throw new DiffInputException("cannot open the Git repository at " + builder.getGitDir() + ": "
                    + e.getMessage());
        }
    }

    /**
     * The text of {@code file} (relative to {@code folder}, or absolute) in revision {@code revision}.
     *
     * @param label how the file is named in messages ({@code HEAD~1:flow.yaml})
     */
    public String read(String revision, Path folder, String file, String label) throws DiffInputException {
        String path = inRepository(folder, file, label);
        ObjectId commitId;
        try {
            commitId = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException | IOException e) {
            throw new DiffInputException(label + ": '" + revision + "' is not a revision (" + e.getMessage() + ")");
        }
        if (commitId == null) {
            throw new DiffInputException(label + ": unknown revision '" + revision + "'"
                    + (hasCommits() ? "" : " (the repository has no commits yet)"));
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(commitId);
            try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                if (tree == null) {
                    throw new DiffInputException(label + ": " + path + " does not exist in " + revision);
                }
                if ((tree.getRawMode(0) & org.eclipse.jgit.lib.FileMode.TYPE_MASK) == org.eclipse.jgit.lib.FileMode.TYPE_TREE) {
                    throw new DiffInputException(label + ": " + path + " is a folder in " + revision + ", not a file");
                }
                ObjectLoader blob = repository.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                if (blob.getSize() > PipelineFiles.MAX_FILE_BYTES) {
                    throw new DiffInputException(label + ": the file is larger than "
                            + PipelineFiles.MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                return new String(blob.getCachedBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new DiffInputException(label + ": cannot read it from the repository: " + e.getMessage());
        }
    }

    /**
     * The commits that touched a file (its content, or its coming or going), newest first, at most
     * {@code max}; empty for a repository without commits or a file no commit holds (a new file).
     */
    public List<Commit> history(Path file, int max) throws DiffInputException {
        Path absolute = file.toAbsolutePath();
        String path = inRepository(absolute.getParent(), absolute.getFileName().toString(), file.toString());
        if (!hasCommits()) {
            return List.of();
        }
        List<Commit> out = new ArrayList<>();
        try (Git git = Git.wrap(repository)) {
            for (RevCommit c : git.log().addPath(path).setMaxCount(max).call()) {
                PersonIdent author = c.getAuthorIdent();
                out.add(new Commit(c.getName(), author.getName(), author.getWhenAsInstant(), c.getShortMessage()));
            }
        } catch (GitAPIException e) {
            throw new DiffInputException("cannot read the history of " + path + ": " + e.getMessage());
        }
        return out;
    }

    /** The repository path ({@code a/b.yaml}) of a file named relative to {@code folder}. */
    private String inRepository(Path folder, String file, String label) throws DiffInputException {
        Path absolute;
        try {
            absolute = folder.toRealPath().resolve(file).normalize();
        } catch (IOException e) {
            throw new DiffInputException(label + ": cannot resolve " + folder + ": " + e.getMessage());
        }
        if (Files.exists(absolute)) {
            try {
                absolute = absolute.toRealPath();
            } catch (IOException e) {
                // keep the normalized path
            }
        }
        if (!absolute.startsWith(workTree)) {
            throw new DiffInputException(label + ": " + absolute + " is outside the repository " + workTree);
        }
        String relative = workTree.relativize(absolute).toString().replace('\\', '/');
        if (relative.isEmpty()) {
            throw new DiffInputException(label + ": names the repository's folder, not a file");
        }
        return relative;
    }

    private boolean hasCommits() {
        try {
            return repository.resolve(Constants.HEAD) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The repository's working folder. */
    public Path workTree() {
        return workTree;
    }

    @Override
    public void close() {
        repository.close();
    }
}
