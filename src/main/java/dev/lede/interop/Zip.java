package dev.lede.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The files of a zip archive, by their path in it, in archive order. */
final class Zip {
    /** What an archive may unpack to: a zip bomb fails cleanly instead of filling memory. */
    private static final long MAX_TOTAL = 1L << 30;

    private Zip() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static Map<String, byte[]> entries(byte[] bytes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] data = zip.readAllBytes();
                total += data.length;
                if (total > MAX_TOTAL) {
                    throw new ImportException("the archive unpacks to more than 1 GB");
                }
                out.put(e.getName().replace('\\', '/'), data);
            }
        } catch (IOException e) {
            throw new ImportException("broken zip archive: " + e.getMessage(), e);
        }
        return out;
    }

    /** The file name of a path in an archive, without its folders. */
    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
