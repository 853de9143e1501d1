package jixiao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts of {@link Findings#twoDecimals} give exactly what rounding the decimal form gives. */
class TwoDecimalsTest {

    private static BigDecimal byDecimalForm(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    @Test
    void agreesWithRoundingTheDecimalForm() {
        Random random = new Random(11);
        for (int i = 0; i < 1_000_000; i++) {
            double scale = Math.pow(10, random.nextInt(12) - 3);
            double d = (random.nextDouble() - 0.2) * scale;
            if (i % 3 == 0) {
                d = Math.round(d * 1000) / 1000.0; // three decimals: ties among them
            }
            assertThat(Findings.twoDecimals(d)).as("%s", d).isEqualTo(byDecimalForm(d));
        }
    }

    @Test
    void tiesRoundHalfUpAsWritten() {
        for (double d : new double[] {1.005, 2.675, 0.125, -2.345, 91.665, 1e8 + 0.005, 100, -0.0, 0.0049999}) {
            assertThat(Findings.twoDecimals(d)).as("%s", d).isEqualTo(byDecimalForm(d));
        }
        assertThat(Findings.twoDecimals(1.005)).isEqualTo(new BigDecimal("1.01"));
        assertThat(Findings.twoDecimals(100)).isEqualTo(new BigDecimal("1E+2"));
    }
}
