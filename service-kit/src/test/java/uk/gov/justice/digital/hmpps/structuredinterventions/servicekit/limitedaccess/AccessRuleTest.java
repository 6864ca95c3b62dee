package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.AccessRule.AccessMarks;

class AccessRuleTest {

    private static final AccessMarks NONE = new AccessMarks(false, Set.of(), Set.of());

    @Nested
    class A_person_with_no_marks {

        @Test
        void may_be_seen_by_every_user() {
            assertTrue(AccessRule.permits("ANYONE", NONE));
            assertTrue(AccessRule.permits("ANYONE", null));
        }

        @Test
        void has_nothing_to_keep() {
            assertTrue(NONE.none());
            assertFalse(new AccessMarks(true, Set.of(), Set.of()).none());
            assertFalse(new AccessMarks(false, Set.of(), Set.of("X")).none());
        }
    }

    @Nested
    class A_restricted_person {

        private final AccessMarks restricted = new AccessMarks(true, Set.of("J_SMITH"), Set.of());

        @Test
        void may_be_seen_by_a_named_user() {
            assertTrue(AccessRule.permits("J_SMITH", restricted));
        }

        @Test
        void may_be_seen_by_a_named_user_whatever_the_case_of_the_name() {
            assertTrue(AccessRule.permits("j_smith", restricted));
        }

        @Test
        void may_not_be_seen_by_anyone_else() {
            assertFalse(AccessRule.permits("A_BROWN", restricted));
        }

        @Test
        void naming_nobody_may_be_seen_by_no_user() {
            assertFalse(AccessRule.permits("J_SMITH", new AccessMarks(true, Set.of(), Set.of())));
        }
    }

    @Nested
    class An_excluded_user {

        private final AccessMarks excluding = new AccessMarks(false, Set.of(), Set.of("A_BROWN"));

        @Test
        void may_not_see_the_person() {
            assertFalse(AccessRule.permits("A_BROWN", excluding));
            assertFalse(AccessRule.permits("a_brown", excluding));
        }

        @Test
        void leaves_everyone_else_free_to_see_the_person() {
            assertTrue(AccessRule.permits("J_SMITH", excluding));
        }

        @Test
        void is_refused_even_when_also_named_in_a_restriction() {
            assertFalse(AccessRule.permits("A_BROWN", new AccessMarks(true, Set.of("A_BROWN"), Set.of("A_BROWN"))));
        }
    }

    @Nested
    class A_system_client {

        @Test
        void is_never_limited() {
            assertTrue(AccessRule.permits(null, new AccessMarks(true, Set.of(), Set.of("A_BROWN"))));
        }
    }

    @Test
    void user_names_are_kept_upper_case_and_trimmed() {
        assertTrue(AccessRule.normalise(" j_smith ").equals("J_SMITH"));
    }
}
