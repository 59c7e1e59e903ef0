public class Mandelbrot {
    static int iterations(double cr, double ci, int limit) {
        double zr = 0;
        double zi = 0;
        int n = 0;
        while (n < limit && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            n++;
        }
        return n;
    }

    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        long checksum = 0;
        for (int y = 0; y < 24; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < 72; x++) {
                int n = iterations(-2.2 + x * 0.042, -1.2 + y * 0.1, 200);
                checksum = checksum * 31 + n;
                row.append(shades.charAt(n >= 200 ? 9 : n % 9));
            }
            System.out.println(row.toString());
        }
        System.out.println("checksum " + checksum);
    }
}
