/** finally runs on normal exit, on return, on break and continue, and when an exception passes. */
public class FinallyAlwaysRuns {
    static StringBuilder log = new StringBuilder();
    static int returns() { try { return 1; } finally { log.append("[return]"); } }
    static int overrides() { try { return 1; } finally { log.append("[override]"); } }
    static void throwsThrough() {
        try { throw new RuntimeException("boom"); } finally { log.append("[through]"); }
    }
    public static void main(String[] args) {
        System.out.println(returns() + " " + log);
        for (int i = 0; i < 4; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                log.append(i);
            } finally {
                log.append('f');
            }
        }
        System.out.println(log);
        try { throwsThrough(); } catch (RuntimeException e) { log.append("[caught ").append(e.getMessage()).append(']'); }
        System.out.println(log + " " + overrides());
    }
}
