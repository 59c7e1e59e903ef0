/** A whole program: listeners registered on a bus, events dispatched through interfaces, a failing listener isolated. */
public class EventDispatcher {
    interface Event { String name(); }
    static final class Click implements Event { final int x, y; Click(int x, int y) { this.x = x; this.y = y; } public String name() { return "click@" + x + "," + y; } }
    static final class Key implements Event { final char key; Key(char key) { this.key = key; } public String name() { return "key " + key; } }
    interface Listener { void on(Event e) throws Exception; }
    static class Bus {
        private Listener[] listeners = new Listener[2];
        private int count;
        void register(Listener l) {
            if (count == listeners.length) { Listener[] bigger = new Listener[count * 2]; System.arraycopy(listeners, 0, bigger, 0, count); listeners = bigger; }
            listeners[count++] = l;
        }
        int publish(Event e) {
            int failed = 0;
            for (int i = 0; i < count; i++) {
                try { listeners[i].on(e); } catch (Exception ex) { failed++; System.out.println("  listener " + i + " failed: " + ex.getMessage()); }
            }
            return failed;
        }
    }
    static class Logger implements Listener { final StringBuilder log = new StringBuilder(); public void on(Event e) { log.append(e.name()).append("; "); } }
    static class ClickCounter implements Listener { int clicks; public void on(Event e) { if (e instanceof Click) clicks++; } }
    public static void main(String[] args) {
        Bus bus = new Bus();
        Logger logger = new Logger();
        ClickCounter counter = new ClickCounter();
        bus.register(logger);
        bus.register(counter);
        bus.register(new Listener() { public void on(Event e) throws Exception { if (e instanceof Key k && k.key == 'q') throw new Exception("quit pressed"); } });
        Event[] events = {new Click(1, 2), new Key('a'), new Key('q'), new Click(5, 5), new Key('q')};
        int failures = 0;
        for (Event e : events) { System.out.println("publish " + e.name()); failures += bus.publish(e); }
        System.out.println(logger.log);
        System.out.println(counter.clicks + " clicks, " + failures + " failures");
    }
}
