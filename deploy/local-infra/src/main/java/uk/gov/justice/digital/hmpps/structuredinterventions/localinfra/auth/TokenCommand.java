package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a signed local token: {@code token --user NAME --roles ROLE_A,ROLE_B [--minutes 60]}. Role names may omit
 * the {@code ROLE_STRUCTURED_INTERVENTIONS__} prefix.
 */
public final class TokenCommand {

    static final String ROLE_PREFIX = "ROLE_STRUCTURED_INTERVENTIONS__";

    private TokenCommand() {
    }

    public static void main(String[] args) {
        String user = "LOCAL_USER";
        List<String> roles = new ArrayList<>();
        long minutes = 60;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--user" -> user = value(args, ++i, "--user");
                case "--roles" -> roles.addAll(roles(value(args, ++i, "--roles")));
                case "--minutes" -> minutes = Long.parseLong(value(args, ++i, "--minutes"));
                case "--help", "-h" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        if (roles.isEmpty()) {
            System.err.println("give at least one role with --roles");
            usage();
            System.exit(2);
        }
        System.out.println(LocalTokens.token(user, roles, Duration.ofMinutes(minutes)));
    }

    static List<String> roles(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(role -> !role.isEmpty())
                .map(role -> role.startsWith("ROLE_") ? role : ROLE_PREFIX + role.toUpperCase())
                .toList();
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            System.err.println(flag + " needs a value");
            System.exit(2);
        }
        return args[index];
    }

    private static void usage() {
        System.err.println("""
                usage: deploy/token --roles ROLES [--user NAME] [--minutes N]
                  ROLES  comma-separated; a short name such as PRACTITIONER means ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER
                  NAME   the user name recorded as who made a change (default LOCAL_USER)
                  N      minutes the token is valid (default 60)""");
    }
}
