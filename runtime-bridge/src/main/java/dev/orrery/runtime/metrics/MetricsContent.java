package dev.orrery.runtime.metrics;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a metrics artifact's bytes with a size cap, never more than {@code cap + 1} bytes of content
 * in memory whatever the stream holds. Unpacks what engines store: gzip (Argo's default {@code tgz}
 * archive), a tar's first regular file, a zip's first file (the local runner's folder artifacts).
 * The cap applies to the unpacked content, so a small archive that expands hugely is refused too.
 */
final class MetricsContent {
    private static final int TAR_BLOCK = 512;

    /** The content is larger than the cap. */
    static final class TooLarge extends IOException {
        TooLarge(int cap) {
            super("holds more than " + cap / 1024 + " KiB, the limit for a metrics file");
        }
    }

    private MetricsContent() {
    }

    static byte[] read(InputStream raw, int cap) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream content = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in) : in;
        byte[] data = capped(content, cap);
        if (isTar(data)) {
            return firstTarFile(data);
        }
        if (data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
            return firstZipFile(data, cap);
        }
        return data;
    }

    private static byte[] capped(InputStream in, int cap) throws IOException {
        byte[] data = in.readNBytes(cap + 1);
        if (data.length > cap) {
            throw new TooLarge(cap);
        }
        return data;
    }

    private static boolean isTar(byte[] data) {
        return data.length >= TAR_BLOCK && new String(data, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    }

    /** The first regular file of a tar (skipping directories and pax/GNU headers). */
    private static byte[] firstTarFile(byte[] tar) throws IOException {
        int at = 0;
        while (at + TAR_BLOCK <= tar.length && tar[at] != 0) {
            long size = octal(tar, at + 124, 12);
            char type = (char) tar[at + 156];
            int start = at + TAR_BLOCK;
            if (size < 0 || start + size > tar.length) {
                throw new IOException("is a damaged tar archive");
            }
            if (type == '0' || type == '\0') {
                byte[] out = new byte[(int) size];
                System.arraycopy(tar, start, out, 0, (int) size);
                return out;
            }
            at = start + (int) ((size + TAR_BLOCK - 1) / TAR_BLOCK * TAR_BLOCK);
        }
        throw new IOException("is a tar archive without a file");
    }

    private static long octal(byte[] b, int from, int len) {
        long v = 0;
        boolean any = false;
        for (int i = from; i < from + len; i++) {
            int c = b[i];
            if (c >= '0' && c <= '7') {
                v = v * 8 + (c - '0');
                any = true;
            } else if (any || (c != ' ' && c != 0)) {
                break;
            }
        }
        return any ? v : -1;
    }

    private static byte[] firstZipFile(byte[] zip, int cap) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (!e.isDirectory()) {
                    return capped(z, cap);
                }
            }
        }
        throw new IOException("is a zip archive without a file");
    }
}
