/** Inner handlers see exceptions first; unmatched ones go to the outer handlers, after inner finally blocks. */
public class NestedTryCatch {
    public static void main(String[] args) {
        StringBuilder log = new StringBuilder();
        try {
            try {
                try {
                    throw new IllegalStateException("deep");
                } catch (IllegalArgumentException e) {
                    log.append("wrong;");
                } finally {
                    log.append("f1;");
                }
            } catch (IllegalStateException e) {
                log.append("middle:").append(e.getMessage()).append(';');
                throw new RuntimeException("rethrown from middle");
            } finally {
                log.append("f2;");
            }
        } catch (RuntimeException e) {
            log.append("outer:").append(e.getMessage()).append(';');
        }
        System.out.println(log);
    }
}
