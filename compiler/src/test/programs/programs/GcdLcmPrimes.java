public class GcdLcmPrimes {
    static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static int binaryGcd(int a, int b) {
        if (a == 0) return b;
        if (b == 0) return a;
        int shift = Integer.numberOfTrailingZeros(a | b);
        a >>= Integer.numberOfTrailingZeros(a);
        do {
            b >>= Integer.numberOfTrailingZeros(b);
            if (a > b) {
                int t = a; a = b; b = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    static long lcm(long a, long b) {
        return a == 0 || b == 0 ? 0 : Math.abs(a / gcd(a, b) * b);
    }

    static boolean isPrime(long n) {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) return false;
        }
        return true;
    }

    static String factor(long n) {
        StringBuilder sb = new StringBuilder();
        sb.append(n).append(" =");
        for (long d = 2; d * d <= n; d++) {
            int e = 0;
            while (n % d == 0) {
                n /= d;
                e++;
            }
            if (e > 0) sb.append(' ').append(d).append(e > 1 ? "^" + e : "");
        }
        if (n > 1) sb.append(' ').append(n);
        return sb.toString();
    }

    static int totient(int n) {
        int result = n;
        for (int p = 2; p * p <= n; p++) {
            if (n % p == 0) {
                while (n % p == 0) n /= p;
                result -= result / p;
            }
        }
        if (n > 1) result -= result / n;
        return result;
    }

    static long modPow(long base, long exp, long mod) {
        long result = 1;
        base %= mod;
        while (exp > 0) {
            if ((exp & 1) != 0) result = result * base % mod;
            base = base * base % mod;
            exp >>= 1;
        }
        return result;
    }

    static long extendedInverse(long a, long m) {
        long oldR = a, r = m, oldS = 1, s = 0;
        while (r != 0) {
            long q = oldR / r;
            long t = r; r = oldR - q * r; oldR = t;
            t = s; s = oldS - q * s; oldS = t;
        }
        return Math.floorMod(oldS, m);
    }

    public static void main(String[] args) {
        long[] vals = {0, 1, -1, 12, -18, 1071, 462, 1000000007L, 1L << 40, 600851475143L, Long.MAX_VALUE};
        for (long a : vals) {
            StringBuilder sb = new StringBuilder();
            for (long b : vals) sb.append(gcd(a, b)).append(' ');
            System.out.println("gcd row " + a + ": " + sb.toString());
        }
        for (int a = 0; a <= 200; a += 13) {
            for (int b = 0; b <= 200; b += 29) {
                if (binaryGcd(a, b) != gcd(a, b)) System.out.println("MISMATCH " + a + " " + b);
            }
        }
        System.out.println("binaryGcd(1<<30, 3<<20) = " + binaryGcd(1 << 30, 3 << 20));
        for (int a = 1; a <= 30; a += 4) {
            System.out.println("lcm(" + a + ", 12) = " + lcm(a, 12) + ", lcm(" + a + ", -18) = " + lcm(a, -18));
        }
        long l = 1;
        for (int k = 1; k <= 40; k++) {
            l = lcm(l, k);
            if (k % 5 == 0) System.out.println("lcm(1.." + k + ") = " + l);
        }
        StringBuilder primes = new StringBuilder();
        for (long n = -3; n < 120; n++) if (isPrime(n)) primes.append(n).append(' ');
        System.out.println(primes.toString());
        long[] big = {2147483647L, 2147483649L, 1000000007L, 999999999989L, 4294967291L, 4294967297L};
        for (long b : big) System.out.println(b + " prime " + isPrime(b));
        long[] toFactor = {1, 2, 360, 1001, 65536, 999999, 600851475143L, 9223372036854775807L, 1000036000099L};
        for (long f : toFactor) System.out.println(factor(f));
        StringBuilder phi = new StringBuilder();
        for (int n = 1; n <= 60; n++) phi.append(totient(n)).append(' ');
        System.out.println("phi " + phi.toString());
        System.out.println("phi(1000000) = " + totient(1000000) + " phi(999983) = " + totient(999983));
        for (long e = 0; e <= 64; e += 8) {
            System.out.println("2^" + e + " mod 1e9+7 = " + modPow(2, e, 1000000007L) + ", 3^" + e + " mod 97 = " + modPow(3, e, 97));
        }
        System.out.println("fermat 2^(p-1) mod p = " + modPow(2, 1000000006L, 1000000007L));
        for (long a = 1; a < 20; a += 3) {
            long inv = extendedInverse(a, 1000000007L);
            System.out.println("inverse of " + a + " = " + inv + " check " + (a * inv % 1000000007L));
        }
    }
}
