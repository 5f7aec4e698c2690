package no.concerntrail.cases.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.concerntrail.platform.events.ContractJson;
import no.concerntrail.platform.security.NeedToKnow;
import no.concerntrail.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The right of access: a team lead produces, for one person, everything ConcernTrail holds and has shared about them
 * across the three services, as JSON or as a PDF to hand them ({@code Accept: application/pdf}). The national identity
 * number is in the body, never in the address, so it stays out of every access log on the way.
 */
@Path("/access-reports")
@RolesAllowed(Roles.TEAM_LEAD)
public class AccessReportResource {

    static final String PDF = "application/pdf";

    /** Whose report. */
    public record AccessReportRequest(@NotNull @Pattern(regexp = "\\d{11}", message = "must be 11 digits")
                          String nationalIdentityNumber) {
    }

    @Inject
    AccessReports reports;
    @Inject
    JsonWebToken caller;

    @APIResponse(responseCode = "200", description = "The person's report; no concern is an empty list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccessReport.class)))
    @APIResponse(responseCode = "503", description = "Another service did not answer: no report is made")
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public AccessReport json(@NotNull @Valid AccessReportRequest request,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @HeaderParam(NeedToKnow.BREAK_GLASS) String breakGlassReason) {
        return reports.of(request.nationalIdentityNumber(), caller.getSubject(), authorization, breakGlassReason);
    }

    @APIResponse(responseCode = "200", description = "The person's report as a printable document",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 50_000_000)))
    @APIResponse(responseCode = "503", description = "Another service did not answer: no report is made")
    @POST
    @Produces(PDF)
    public Response pdf(@NotNull @Valid AccessReportRequest request,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @HeaderParam(NeedToKnow.BREAK_GLASS) String breakGlassReason) {
        AccessReport report = reports.of(request.nationalIdentityNumber(), caller.getSubject(), authorization,
                breakGlassReason);
        return Response.ok(AccessReportPdf.write(report, ContractJson.mapper()))
                .header("Content-Disposition", "attachment; filename=\"access-report.pdf\"").build();
    }
}
