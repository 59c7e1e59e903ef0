public class TableSwitch {
    static String dayName(int d) {
        switch (d) {
            case 0: return "Sunday";
            case 1: return "Monday";
            case 2: return "Tuesday";
            case 3: return "Wednesday";
            case 4: return "Thursday";
            case 5: return "Friday";
            case 6: return "Saturday";
            default: return "day?" + d;
        }
    }

    static int fallThrough(int n) {
        int r = 0;
        switch (n) {
            case 1:
                r += 1;
            case 2:
                r += 10;
            case 3:
                r += 100;
                break;
            case 4:
                r += 1000;
            case 5:
            case 6:
                r += 10000;
                break;
            case 7:
                return -7;
            default:
                r = -1;
            case 8:
                r += 5;
        }
        return r;
    }

    static int negativeRange(int n) {
        switch (n) {
            case -5: return 50;
            case -4: return 40;
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            case 2: return -20;
            default: return 999;
        }
    }

    static int hexDigit(char c) {
        switch (c) {
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return c - '0';
            case 'A': case 'B': case 'C': case 'D': case 'E': case 'F':
                return c - 'A' + 10;
            case 'a': case 'b': case 'c': case 'd': case 'e': case 'f':
                return c - 'a' + 10;
            default:
                return -1;
        }
    }

    static int arrow(int n) {
        return switch (n) {
            case 10 -> 1;
            case 11, 12 -> 2;
            case 13 -> {
                int t = n * n;
                yield t - 100;
            }
            case 14, 15, 16 -> n * 3;
            default -> -n;
        };
    }

    static int nested(int a, int b) {
        switch (a) {
            case 0:
                switch (b) {
                    case 0: return 0;
                    case 1: return 1;
                    case 2: return 2;
                    default: return 3;
                }
            case 1:
                switch (b) {
                    case 0: return 10;
                    case 1: break;
                    case 2: return 12;
                    case 3: return 13;
                }
                return 19;
            case 2:
                return 20 + b;
            default:
                return 99;
        }
    }

    public static void main(String[] args) {
        for (int d = -2; d <= 8; d++) {
            System.out.println(d + " " + dayName(d));
        }
        for (int n = -1; n <= 10; n++) {
            System.out.println("fallThrough(" + n + ") = " + fallThrough(n));
        }
        for (int n = -7; n <= 4; n++) {
            System.out.println("negativeRange(" + n + ") = " + negativeRange(n));
        }
        System.out.println("negativeRange(MIN) = " + negativeRange(Integer.MIN_VALUE) + " (MAX) = " + negativeRange(Integer.MAX_VALUE));
        for (int c = '/'; c <= 'h'; c++) {
            System.out.print(hexDigit((char) c));
            System.out.print(' ');
        }
        System.out.println();
        for (int n = 8; n <= 18; n++) {
            System.out.println("arrow(" + n + ") = " + arrow(n));
        }
        for (int a = -1; a <= 3; a++) {
            for (int b = -1; b <= 4; b++) {
                System.out.print(nested(a, b) + " ");
            }
            System.out.println();
        }
        // Switch in a loop driving a tiny state machine.
        int state = 0;
        StringBuilder path = new StringBuilder();
        for (int step = 0; step < 40; step++) {
            path.append(state);
            switch (state) {
                case 0: state = 3; break;
                case 1: state = step % 2 == 0 ? 4 : 2; break;
                case 2: state = 5; break;
                case 3: state = 1; break;
                case 4: state = 0; continue;
                case 5: state = step % 3; break;
                default: state = 0;
            }
            path.append('>');
        }
        System.out.println(path.toString());
        long sum = 0;
        for (int i = -100; i < 1100; i++) {
            sum += fallThrough(i % 12) * 3 + arrow(i % 20) + negativeRange(i % 9);
        }
        System.out.println("sum " + sum);
    }
}
