/**
 * YAML input and output for both of Orrery's formats (native pipelines and Argo manifests).
 *
 * <p>{@link dev.orrery.core.yaml.YamlReader} turns text into Jackson trees plus a
 * {@link dev.orrery.core.yaml.LineIndex} per document, for diagnostics that point at a line;
 * {@link dev.orrery.core.yaml.YamlWriter} writes trees back as stable, diff-friendly block YAML.
 *
 * <p>The YAML dialect, chosen to read manifests the way Kubernetes and Argo tooling (go-yaml) do:
 * <ul>
 *   <li>YAML 1.1 scalars: plain {@code yes/no/on/off} are booleans, {@code 0x1F}, {@code 012} (octal)
 *       and {@code 1_000} are ints; timestamps stay text.</li>
 *   <li>Anchors and aliases are expanded into copies; {@code <<} merge keys are applied (explicit
 *       keys win, then the first merged mapping). A quoted {@code "<<"} is an ordinary key.</li>
 *   <li>Refused, with a {@link dev.orrery.core.yaml.YamlSyntaxException}: duplicate keys (go-yaml
 *       keeps the last one silently, which loses data), mapping or sequence keys, recursive
 *       aliases, nesting deeper than 500, more than 100 aliases to collections per document or
 *       more than a million nodes created by aliases per stream (alias bombs), input over 64 MB.</li>
 *   <li>The writer quotes anything a YAML 1.1 or 1.2 reader could take for a non-string, so its
 *       output means the same to go-yaml, PyYAML/libyaml and SnakeYAML.</li>
 * </ul>
 */
package dev.orrery.core.yaml;
