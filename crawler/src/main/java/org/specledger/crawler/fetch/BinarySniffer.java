package org.specledger.crawler.fetch;

/**
 * Recognizes binary files by their signature, for servers that send images, archives or PDFs as text/html.
 * Signatures from the WHATWG MIME Sniffing standard (§6, "Matching an image/archive type pattern") and the
 * file formats' own specifications.
 */
final class BinarySniffer {
    private record Signature(String name, byte[] magic) {
    }

    private static final Signature[] SIGNATURES = {
        new Signature("PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        new Signature("GIF image", new byte[] {'G', 'I', 'F', '8'}),
        new Signature("JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        new Signature("PDF document", new byte[] {'%', 'P', 'D', 'F', '-'}),
        new Signature("ZIP archive", new byte[] {'P', 'K', 3, 4}),
        new Signature("RIFF media (WebP, WAV, AVI)", new byte[] {'R', 'I', 'F', 'F'}),
        new Signature("ELF executable", new byte[] {0x7F, 'E', 'L', 'F'}),
        new Signature("Ogg media", new byte[] {'O', 'g', 'g', 'S'}),
        new Signature("MP3 audio", new byte[] {'I', 'D', '3'}),
    };
    /** Bytes looked at for NUL characters, which no HTML, feed or sitemap contains (except UTF-16, handled). */
    private static final int SAMPLE = 1024;

    private BinarySniffer() {
    }

    /** What the bytes are when they are binary, or null when they may be text. */
    static String sniff(byte[] b) {
        for (Signature s : SIGNATURES) {
            if (startsWith(b, s.magic())) {
                return s.name();
            }
        }
        boolean utf16 = startsWith(b, new byte[] {(byte) 0xFE, (byte) 0xFF}) || startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xFE});
        if (!utf16) {
            for (int i = 0; i < Math.min(b.length, SAMPLE); i++) {
                if (b[i] == 0) {
                    return "NUL bytes";
                }
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
