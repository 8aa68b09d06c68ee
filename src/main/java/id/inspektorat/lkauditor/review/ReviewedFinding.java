package id.inspektorat.lkauditor.review;

import id.inspektorat.lkauditor.rules.Finding;
import java.util.Optional;

/**
 * A finding of the run with its fingerprint and, when an auditor has decided on it, the verdict.
 */
public record ReviewedFinding(Finding finding, String fingerprint, Verdict verdict) {

    public Optional<Verdict> decided() {
        return Optional.ofNullable(verdict);
    }

    public boolean confirmed() {
        return verdict != null && verdict.kind() == Verdict.Kind.BENAR;
    }

    public boolean falseAlarm() {
        return verdict != null && verdict.kind() == Verdict.Kind.SALAH;
    }
}
