package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * CRNs no service has seen: a new person for each submission or journey, so no run meets the one-active-referral
 * rule of an earlier one. Letters D (the drain), G (growth data), L and R (the fixtures) and Z (the JDBC replay) are
 * never handed out.
 */
public final class Crns {

    private static final String LETTERS = "ABCEFHJKMNPQSTUVWXY";
    private static Set<String> used;

    private Crns() {
    }

    public static synchronized String fresh() {
        if (used == null) {
            used = load();
        }
        while (true) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String crn = "%c%06d".formatted(LETTERS.charAt(random.nextInt(LETTERS.length())), random.nextInt(1_000_000));
            if (used.add(crn)) {
                return crn;
            }
        }
    }

    /**
     * {@code count} CRNs with the given letter that no service has seen, lowest numbers first.
     *
     * @throws IllegalStateException when fewer than {@code count} are left
     */
    public static List<String> unused(char letter, int count) {
        Set<String> seen = load("LIKE '" + letter + "%'");
        List<String> crns = new ArrayList<>(count);
        for (int number = 0; number < 1_000_000 && crns.size() < count; number++) {
            String crn = "%c%06d".formatted(letter, number);
            if (!seen.contains(crn)) {
                crns.add(crn);
            }
        }
        if (crns.size() < count) {
            throw new IllegalStateException("only " + crns.size() + " CRNs starting with " + letter
                    + " are unused; deploy/run-local --reset clears the local data");
        }
        return crns;
    }

    private static Set<String> load() {
        return load("NOT LIKE 'G%'");
    }

    private static Set<String> load(String crnCondition) {
        Set<String> crns = new HashSet<>();
        String[][] sources = {{"referral", "SELECT DISTINCT crn FROM referral"},
                {"readiness", "SELECT crn FROM readiness_record"}, {"contact_log", "SELECT crn FROM person"}};
        for (String[] source : sources) {
            try (Connection connection = Stack.connect(source[0]); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(source[1] + " WHERE crn " + crnCondition)) {
                while (rows.next()) {
                    crns.add(rows.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the CRNs in use from " + source[0] + ": " + e.getMessage(), e);
            }
        }
        return crns;
    }
}
