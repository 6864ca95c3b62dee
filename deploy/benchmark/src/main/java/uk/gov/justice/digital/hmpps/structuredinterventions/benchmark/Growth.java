package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the growth data straight into the services' databases with generate_series, for the list scenarios at
 * volume: {@code benchmark.growth-referrals} referrals (200 000 unless told) and {@code benchmark.growth-contacts}
 * contacts (200 000 unless told). Every growth person's CRN starts with G, every row's id is derived from its number,
 * and every insert is {@code ON CONFLICT DO NOTHING}: running it again adds only what is missing. Remove it with
 * {@code --remove} (deletes the G people's rows).
 *
 * <p>Referrals: three per person (G000000, G000001, ...), one to each of three growth interventions (so the
 * one-active-referral rule holds), spread evenly over the twelve regions and the eight statuses independently.
 * Contacts: ten per person, each an attended rehabilitative activity counting towards the person's one RAR requirement.
 */
public final class Growth {

    /** A growth person with three referrals. */
    public static final String LIST_CRN = "G000001";
    /** A growth person with a RAR requirement and ten contacts. */
    public static final String RAR_CRN = "G000001";
    private static final String REGIONS = "ARRAY['north-east', 'north-west', 'yorkshire-and-the-humber', 'greater-manchester',"
            + " 'east-midlands', 'west-midlands', 'east-of-england', 'wales', 'london', 'kent-surrey-and-sussex',"
            + " 'south-central', 'south-west']";
    private static final String STATUSES = "ARRAY['DRAFT', 'AWAITING_READINESS', 'SUITABLE_BUT_NOT_READY', 'READY_TO_ALLOCATE',"
            + " 'ALLOCATED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN']";

    private Growth() {
    }

    public static void main(String[] args) throws SQLException {
        int referrals = Settings.intSetting("growth-referrals", 200_000);
        int contacts = Settings.intSetting("growth-contacts", 200_000);
        if (args.length > 0 && args[0].equals("--remove")) {
            remove();
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = Stack.connect("referral"); Statement statement = connection.createStatement()) {
            int added = statement.executeUpdate("""
                    INSERT INTO referral (id, crn, intervention_id, intervention_name, region, delivery_format, delivery_mode,
                        date_of_birth, sex, offence_cohorts, risk_of_recidivism, unsuitable_for_accredited_programme,
                        reason_for_referral, status, referred_by, created_at, updated_by, updated_at, submitted_at, version)
                    SELECT md5('growth-referral-' || g)::uuid,
                           'G' || lpad((g / 3)::text, 6, '0'),
                           md5('growth-intervention-' || (g %% 3))::uuid,
                           'Growth intervention ' || (g %% 3),
                           (%s)[1 + g %% 12],
                           'GROUP', 'IN_PERSON', date '1970-01-01' + (g %% 12000), CASE WHEN g %% 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
                           '[]', 'LOW', false, 'Growth data',
                           status,
                           'GROWTH_LOADER', now() - make_interval(mins => g), 'GROWTH_LOADER', now() - make_interval(mins => g),
                           CASE WHEN status = 'DRAFT' THEN NULL ELSE now() - make_interval(mins => g) END, 1
                    FROM (SELECT g, (%s)[1 + (g / 12) %% 8] AS status FROM generate_series(0, %d - 1) g) s
                    ON CONFLICT (id) DO NOTHING""".formatted(REGIONS, STATUSES, referrals)
                    .replace("%%", "%"));
            statement.execute("ANALYZE referral");
            System.out.printf("referral: %d growth referrals added (%d asked for)%n", added, referrals);
        }
        int people = Math.max(1, contacts / 10);
        try (Connection connection = Stack.connect("contact_log"); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO person (crn) SELECT 'G' || lpad(p::text, 6, '0') FROM generate_series(0, "
                    + (people - 1) + ") p ON CONFLICT (crn) DO NOTHING");
            statement.executeUpdate("""
                    INSERT INTO rar_requirement (requirement_id, crn, maximum_days, start_date, expected_end_date, registered_by,
                        registered_at, updated_by, updated_at, version)
                    SELECT 2900000000 + p, 'G' || lpad(p::text, 6, '0'), 40, current_date - 400, current_date + 365,
                           'GROWTH_LOADER', now(), 'GROWTH_LOADER', now(), 0
                    FROM generate_series(0, %d) p
                    ON CONFLICT (requirement_id) DO NOTHING""".formatted(people - 1));
            int added = statement.executeUpdate("""
                    INSERT INTO contact (id, crn, type, contact_date, start_time, end_time, delivered_by, delivered_by_role,
                        outcome, notes, rar_activity, referral_id, rar_requirement_id, source, source_reference, recorded_by,
                        recorded_at, updated_by, updated_at, version)
                    SELECT md5('growth-contact-' || c)::uuid, 'G' || lpad((c / 10)::text, 6, '0'), 'OTHER_REHABILITATIVE_ACTIVITY',
                           current_date - (c %% 10) * 7 - 1, time '10:00', time '11:00', 'Jo Practitioner', 'PROBATION_PRACTITIONER',
                           'ATTENDED_COMPLIED', NULL, true, NULL, 2900000000 + c / 10, 'PRACTITIONER', NULL, 'GROWTH_LOADER',
                           now(), 'GROWTH_LOADER', now(), 0
                    FROM generate_series(0, %d - 1) c
                    ON CONFLICT (id) DO NOTHING""".formatted(people * 10).replace("%%", "%"));
            statement.execute("ANALYZE person");
            statement.execute("ANALYZE rar_requirement");
            statement.execute("ANALYZE contact");
            System.out.printf("contact_log: %d growth contacts added (%d people, %d asked for)%n", added, people, contacts);
        }
        System.out.println("Totals now: referral " + count("referral", "SELECT count(*) FROM referral") + ", contact "
                + count("contact_log", "SELECT count(*) FROM contact") + "; loaded in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static void remove() throws SQLException {
        try (Connection connection = Stack.connect("referral"); Statement statement = connection.createStatement()) {
            System.out.println("referral: " + statement.executeUpdate("DELETE FROM referral WHERE crn LIKE 'G%'") + " removed");
        }
        try (Connection connection = Stack.connect("contact_log"); Statement statement = connection.createStatement()) {
            System.out.println("contact: " + statement.executeUpdate("DELETE FROM contact WHERE crn LIKE 'G%'") + " removed");
            statement.executeUpdate("DELETE FROM rar_requirement WHERE crn LIKE 'G%'");
            statement.executeUpdate("DELETE FROM person WHERE crn LIKE 'G%'");
        }
    }

    static long count(String database, String sql) throws SQLException {
        try (Connection connection = Stack.connect(database); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
