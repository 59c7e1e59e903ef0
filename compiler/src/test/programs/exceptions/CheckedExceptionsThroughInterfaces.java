/** Exceptions cross interface and virtual calls like any other. */
public class CheckedExceptionsThroughInterfaces {
    interface Task { String run() throws Exception; }
    static class Good implements Task { public String run() { return "good"; } }
    static class Bad implements Task { public String run() throws Exception { throw new Exception("bad task"); } }
    static class Worse implements Task { public String run() { throw new Error("worse task"); } }
    public static void main(String[] args) {
        Task[] tasks = { new Good(), new Bad(), new Worse(), new Good() };
        for (Task t : tasks) {
            try {
                System.out.println(t.run());
            } catch (Exception e) {
                System.out.println("exception: " + e.getMessage());
            } catch (Error e) {
                System.out.println("error: " + e.getMessage());
            }
        }
    }
}
