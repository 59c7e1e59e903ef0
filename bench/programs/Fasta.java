/**
 * Generation-heavy (in the manner of the Benchmarks Game's fasta): repeats an ALU-like sequence and
 * draws two random sequences from weighted alphabets with a linear congruential generator, line by
 * line into byte arrays (60 bases a line), and prints a checksum of each part instead of the text.
 */
public class Fasta {
    private static final String ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGA"
            + "TCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGG";
    private static final int LINE = 60;
    private static long seed = 42;

    private static double random(double maximum) {
        seed = (seed * 3877 + 29573) % 139968;
        return maximum * seed / 139968;
    }

    private static long repeat(String sequence, int count) {
        byte[] bytes = sequence.getBytes();
        long checksum = 0;
        int position = 0;
        for (int done = 0; done < count; done += LINE) {
            byte[] line = new byte[Math.min(LINE, count - done)];
            for (int i = 0; i < line.length; i++) {
                line[i] = bytes[position];
                position = (position + 1) % bytes.length;
            }
            checksum = checksum * 31 + new String(line).hashCode();
        }
        return checksum;
    }

    private static long randomLines(char[] symbols, double[] probabilities, int count) {
        double[] cumulative = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum += probabilities[i];
            cumulative[i] = sum;
        }
        long checksum = 0;
        for (int done = 0; done < count; done += LINE) {
            StringBuilder line = new StringBuilder(LINE);
            for (int i = 0; i < Math.min(LINE, count - done); i++) {
                double r = random(1.0);
                int k = 0;
                while (k < cumulative.length - 1 && r >= cumulative[k]) {
                    k++;
                }
                line.append(symbols[k]);
            }
            checksum = checksum * 31 + line.toString().hashCode();
        }
        return checksum;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_500_000;
        System.out.println("ONE Homo sapiens alu " + repeat(ALU, 2 * n));
        char[] iub = "acgtBDHKMNRSVWY".toCharArray();
        double[] iubProbabilities = {0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02,
                0.02, 0.02, 0.02};
        System.out.println("TWO IUB ambiguity codes " + randomLines(iub, iubProbabilities, 3 * n));
        char[] homo = "acgt".toCharArray();
        double[] homoProbabilities = {0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008};
        System.out.println("THREE Homo sapiens frequency " + randomLines(homo, homoProbabilities, 5 * n));
    }
}
