package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** A resource that exists only in the kit's tests, to exercise the kit's error handling and security. */
@Path("/examples")
@Produces(MediaType.APPLICATION_JSON)
public class ExampleResource {

    public enum Colour { RED, GREEN }

    public record Session(@NotBlank String title) {
    }

    public record Example(
            @NotBlank @Size(max = 20) String name,
            @NotNull Colour colour,
            @Min(1) Integer count,
            LocalDate due,
            Boolean urgent,
            String notes,
            List<@Valid Session> sessions) {
    }

    private final CurrentUser currentUser;

    ExampleResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    public Example create(@Valid @NotNull Example example) {
        return example;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.READ_ONLY, Roles.CATALOGUE_ADMIN})
    public Example get(@PathParam("id") String id) {
        switch (id) {
            case "conflict" -> throw ProblemException.conflict("That example is being changed");
            case "boom" -> throw new IllegalStateException("a secret the client must never see");
            default -> throw ProblemException.notFound("Example", id);
        }
    }

    @GET
    @Path("/search")
    @RolesAllowed(Roles.READ_ONLY)
    public List<Example> search(@QueryParam("size") @Max(100) int size, @QueryParam("q") String q) {
        return List.of();
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.READ_ONLY)
    public String me() {
        return "\"" + currentUser.userName() + "\"";
    }
}
