import java.util.ArrayList;
import java.util.List;

/** Enum initialization: constants are built before other statics, constructors see overrides, a holder for lookups. */
public class EnumInitializationOrder {
    static final List<String> LOG = new ArrayList<>();

    enum Unit {
        METER("m", 1.0), KILOMETER("km", 1000.0), MILE("mi", 1609.344) {
            final String note = "late".toUpperCase();
            String label() { return "imperial " + symbol + " extra=" + extra + " note=" + note; }
        };

        static final String PREFIX = "unit:" + values().length;
        static int counted;
        final String symbol;
        final double factor;
        String extra = "set";

        Unit(String symbol, double factor) {
            this.symbol = symbol;
            this.factor = factor;
            LOG.add("ctor " + symbol + " label=" + label() + " counted=" + counted());
        }

        static {
            counted = values().length;
            LOG.add("static block " + PREFIX);
        }

        static int counted() { return counted; }

        String label() { return symbol + " extra=" + extra; }

        double convert(double amount, Unit to) { return amount * factor / to.factor; }

        static Unit bySymbol(String s) {
            for (Unit u : values()) if (u.symbol.equals(s)) return u;
            throw new IllegalArgumentException("no unit " + s);
        }
    }

    enum Size {
        SMALL, MEDIUM, LARGE;
        private static final class Names {
            static final String[] LOWER = new String[values().length];
            static {
                for (Size s : values()) LOWER[s.ordinal()] = s.name().toLowerCase();
                LOG.add("names built");
            }
        }
        String lower() { return Names.LOWER[ordinal()]; }
    }

    public static void main(String[] args) {
        LOG.add("main");
        System.out.println(Unit.PREFIX + " counted=" + Unit.counted);
        System.out.println(Unit.MILE.label() + " | " + Unit.METER.label());
        System.out.println(Unit.KILOMETER.convert(5, Unit.MILE) + " " + Unit.bySymbol("mi").convert(1, Unit.METER));
        try {
            Unit.bySymbol("ft");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        LOG.add("before Size");
        System.out.println(Size.LARGE.lower() + " " + Size.SMALL.lower());
        for (String s : LOG) System.out.println(s);
    }
}
