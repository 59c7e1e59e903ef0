public class Checksums {
    static final int[] CRC_TABLE = makeCrcTable();

    static int[] makeCrcTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }

    static int crc32Bitwise(byte[] data, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = 0; i < length; i++) {
            crc ^= data[i] & 0xFF;
            for (int k = 0; k < 8; k++) {
                int mask = -(crc & 1);
                crc = (crc >>> 1) ^ (0xEDB88320 & mask);
            }
        }
        return ~crc;
    }

    static int crc32Table(byte[] data, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = 0; i < length; i++) {
            crc = CRC_TABLE[(crc ^ data[i]) & 0xFF] ^ (crc >>> 8);
        }
        return ~crc;
    }

    static int fnv1a32(byte[] data, int length) {
        int h = 0x811C9DC5;
        for (int i = 0; i < length; i++) {
            h ^= data[i] & 0xFF;
            h *= 16777619;
        }
        return h;
    }

    static long fnv1a64(byte[] data, int length) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < length; i++) {
            h ^= data[i] & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }

    static int adler32(byte[] data, int length) {
        int a = 1, b = 0;
        for (int i = 0; i < length; i++) {
            a = (a + (data[i] & 0xFF)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    static long djb2(String s) {
        long h = 5381;
        for (int i = 0; i < s.length(); i++) {
            h = ((h << 5) + h) + s.charAt(i);
        }
        return h;
    }

    static int javaStyleHash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    static int murmurMix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    static byte[] bytesOf(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    static String hex(int v) {
        String h = Integer.toHexString(v);
        while (h.length() < 8) h = "0" + h;
        return h;
    }

    public static void main(String[] args) {
        System.out.println("crc table[1] " + hex(CRC_TABLE[1]) + " [128] " + hex(CRC_TABLE[128]) + " [255] " + hex(CRC_TABLE[255]));
        String inputs = "|a|abc|message digest|abcdefghijklmnopqrstuvwxyz|123456789|The quick brown fox jumps over the lazy dog|";
        int start = 0;
        for (int i = 1; i < inputs.length(); i++) {
            if (inputs.charAt(i) == '|') {
                String s = inputs.substring(start + 1, i);
                byte[] b = bytesOf(s);
                System.out.println("[" + s + "] crc32 " + hex(crc32Bitwise(b, b.length)) + " table " + hex(crc32Table(b, b.length))
                        + " fnv32 " + hex(fnv1a32(b, b.length)) + " fnv64 " + Long.toHexString(fnv1a64(b, b.length))
                        + " adler " + hex(adler32(b, b.length)) + " djb2 " + djb2(s) + " hash " + javaStyleHash(s));
                start = i;
            }
        }
        // Large generated buffer containing every byte value.
        byte[] buffer = new byte[65536 + 17];
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) (i * 131 + (i >> 8));
        }
        for (int len = 0; len <= buffer.length; len += 8192) {
            int a = crc32Bitwise(buffer, len);
            int b = crc32Table(buffer, len);
            System.out.println("len " + len + " crc " + hex(a) + (a == b ? " (agree)" : " (DISAGREE " + hex(b) + ")")
                    + " fnv32 " + hex(fnv1a32(buffer, len)) + " fnv64 " + Long.toHexString(fnv1a64(buffer, len))
                    + " adler " + hex(adler32(buffer, len)));
        }
        int mixed = 0;
        for (int i = 0; i < 10000; i++) {
            mixed += murmurMix(i);
            if (i % 1250 == 0) System.out.println("murmurMix(" + i + ") = " + hex(murmurMix(i)));
        }
        System.out.println("murmur sum " + mixed);
        // Hash distribution into buckets.
        int[] buckets = new int[8];
        for (int i = 0; i < 4096; i++) {
            String key = "key" + i;
            buckets[javaStyleHash(key) & 7]++;
        }
        StringBuilder sb = new StringBuilder();
        for (int b : buckets) sb.append(b).append(' ');
        System.out.println("buckets " + sb.toString());
    }
}
