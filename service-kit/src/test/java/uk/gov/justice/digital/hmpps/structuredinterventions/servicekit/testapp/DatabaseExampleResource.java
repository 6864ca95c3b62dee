package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource that exists only in the kit's tests: a request that needs the database, as every write does. */
@Path("/examples/database")
@Produces(MediaType.TEXT_PLAIN)
@PermitAll
public class DatabaseExampleResource {

    private final EntityManager entityManager;

    DatabaseExampleResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @Transactional
    public String work() {
        return String.valueOf(entityManager.createNativeQuery("SELECT now()").getSingleResult());
    }

    /** The value of a PostgreSQL setting as the service's sessions see it. */
    @GET
    @Path("/settings/{name}")
    @Transactional
    public String setting(@PathParam("name") String name) {
        return String.valueOf(entityManager.createNativeQuery("SELECT current_setting(?1)")
                .setParameter(1, name).getSingleResult());
    }
}
