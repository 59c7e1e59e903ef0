/** Thread.currentThread(): the main thread (name, priority, group, id, alive) and its toString. */
public class CurrentThread {
    public static void main(String[] args) {
        Thread current = Thread.currentThread();
        System.out.println(current.getName() + " " + current.getPriority() + " " + current.isDaemon() + " "
                + current.isAlive() + " " + current.getThreadGroup().getName() + " " + (current == Thread.currentThread()));
        System.out.println(current);
        System.out.println(current.getId());
    }
}
