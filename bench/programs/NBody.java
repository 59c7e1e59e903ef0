/** The classic n-body simulation of the Jovian planets: double arithmetic, sqrt, arrays of doubles. */
public class NBody {
    static final double PI = 3.141592653589793;
    static final double SOLAR_MASS = 4 * PI * PI;
    static final double DAYS_PER_YEAR = 365.24;

    static double[] x = {0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01,
        1.53796971148509165e+01};
    static double[] y = {0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01,
        -2.59193146099879641e+01};
    static double[] z = {0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01,
        1.79258772950371181e-01};
    static double[] vx = {0, 1.66007664274403694e-03, -2.76742510726862411e-03, 2.96460137564761618e-03,
        2.68067772490389322e-03};
    static double[] vy = {0, 7.69901118419740425e-03, 4.99852801234917238e-03, 2.37847173959480950e-03,
        1.62824170038242295e-03};
    static double[] vz = {0, -6.90460016972063023e-05, 2.30417297573763929e-05, -2.96589568540237556e-05,
        -9.51592254519715870e-05};
    static double[] mass = {SOLAR_MASS, 9.54791938424326609e-04 * SOLAR_MASS, 2.85885980666130812e-04 * SOLAR_MASS,
        4.36624404335156298e-05 * SOLAR_MASS, 5.15138902046611451e-05 * SOLAR_MASS};

    static void scaleVelocities() {
        for (int i = 1; i < 5; i++) {
            vx[i] *= DAYS_PER_YEAR;
            vy[i] *= DAYS_PER_YEAR;
            vz[i] *= DAYS_PER_YEAR;
        }
        double px = 0, py = 0, pz = 0;
        for (int i = 0; i < 5; i++) {
            px += vx[i] * mass[i];
            py += vy[i] * mass[i];
            pz += vz[i] * mass[i];
        }
        vx[0] = -px / SOLAR_MASS;
        vy[0] = -py / SOLAR_MASS;
        vz[0] = -pz / SOLAR_MASS;
    }

    static void advance(double dt) {
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double dz = z[i] - z[j];
                double distanceSquared = dx * dx + dy * dy + dz * dz;
                double magnitude = dt / (distanceSquared * Math.sqrt(distanceSquared));
                vx[i] -= dx * mass[j] * magnitude;
                vy[i] -= dy * mass[j] * magnitude;
                vz[i] -= dz * mass[j] * magnitude;
                vx[j] += dx * mass[i] * magnitude;
                vy[j] += dy * mass[i] * magnitude;
                vz[j] += dz * mass[i] * magnitude;
            }
        }
        for (int i = 0; i < 5; i++) {
            x[i] += dt * vx[i];
            y[i] += dt * vy[i];
            z[i] += dt * vz[i];
        }
    }

    static double energy() {
        double e = 0;
        for (int i = 0; i < 5; i++) {
            e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
            for (int j = i + 1; j < 5; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double dz = z[i] - z[j];
                e -= mass[i] * mass[j] / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        scaleVelocities();
        System.out.println(energy());
        for (int i = 0; i < steps; i++) {
            advance(0.01);
        }
        System.out.println(energy());
    }
}
