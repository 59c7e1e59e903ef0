public class LookupSwitch {
    static String httpStatus(int code) {
        switch (code) {
            case 200: return "OK";
            case 201: return "Created";
            case 301: return "Moved Permanently";
            case 304: return "Not Modified";
            case 404: return "Not Found";
            case 418: return "I'm a teapot";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            default: return "Unknown " + code;
        }
    }

    static int extremes(int v) {
        switch (v) {
            case Integer.MIN_VALUE: return 1;
            case -1000000: return 2;
            case -1: return 3;
            case 0: return 4;
            case 65536: return 5;
            case 1 << 24: return 6;
            case Integer.MAX_VALUE - 1: return 7;
            case Integer.MAX_VALUE: return 8;
            default: return 0;
        }
    }

    static int sparseFallThrough(int v) {
        int r = 0;
        switch (v) {
            case -100000:
                r += 1;
            case 100:
                r += 2;
                break;
            case 5000:
                r += 4;
            case 70000:
                r += 8;
            default:
                r += 16;
            case 123456789:
                r += 32;
        }
        return r;
    }

    static String charClass(char c) {
        switch (c) {
            case ' ': return "space";
            case '!': return "bang";
            case '+': return "plus";
            case '?': return "question";
            case 'Z': return "zed";
            case '~': return "tilde";
            case '\n': return "newline";
            case '\uffff': return "max";
            default: return "other";
        }
    }

    static int arrowSparse(int v) {
        return switch (v) {
            case -999 -> 1;
            case 7, 77, 777 -> 2;
            case 7777 -> 3;
            case 1000000 -> {
                int x = v / 1000;
                yield x + 4;
            }
            default -> v < 0 ? -5 : 5;
        };
    }

    public static void main(String[] args) {
        int[] codes = {100, 200, 201, 202, 301, 304, 400, 404, 418, 500, 503, 504, -200, 0};
        for (int c : codes) {
            System.out.println(c + " " + httpStatus(c));
        }
        int[] probes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000001, -1000000, -999999, -2, -1, 0, 1,
            65535, 65536, 65537, (1 << 24) - 1, 1 << 24, Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        for (int p : probes) {
            System.out.println("extremes(" + p + ") = " + extremes(p));
        }
        int[] sparse = {-100001, -100000, 0, 100, 101, 5000, 70000, 123456789, 123456788};
        for (int s : sparse) {
            System.out.println("sparseFallThrough(" + s + ") = " + sparseFallThrough(s));
        }
        char[] chars = {' ', '!', '"', '+', '?', '@', 'Z', 'z', '~', '\n', '\t', '\uffff', '\ufffe'};
        for (char c : chars) {
            System.out.println((int) c + " " + charClass(c));
        }
        int[] arrows = {-1000, -999, -998, 6, 7, 8, 77, 777, 7777, 999999, 1000000, 1000001};
        for (int a : arrows) {
            System.out.println("arrowSparse(" + a + ") = " + arrowSparse(a));
        }
        // Count hits over a range to exercise the search over many keys.
        int hits = 0;
        long weighted = 0;
        for (int v = -1100000; v <= 1100000; v += 37) {
            int e = extremes(v);
            int a = arrowSparse(v);
            if (e != 0) hits++;
            weighted += e * 3 + a + sparseFallThrough(v);
        }
        System.out.println("hits " + hits + " weighted " + weighted);
    }
}
