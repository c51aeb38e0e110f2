package io.interven.gateway.evaluation;

/** Case-level counts for one label: true positives, false positives, false negatives. */
public final class PrecisionRecall {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    void add(boolean expected, boolean predicted) {
        if (expected && predicted) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (expected) {
            falseNegatives++;
        }
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public int truePositives() {
        return truePositives;
    }

    public int falsePositives() {
        return falsePositives;
    }

    public int falseNegatives() {
        return falseNegatives;
    }

    public int support() {
        return truePositives + falseNegatives;
    }
}
