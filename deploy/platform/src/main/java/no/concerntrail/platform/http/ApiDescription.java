package no.concerntrail.platform.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.concerntrail.platform.problem.Problem;
import no.concerntrail.platform.security.NeedToKnow;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every service's OpenAPI document says that annotations cannot, written once (mp.openapi.filter): every error
 * an operation can answer, as the problem+json the platform's mappers write; the break-the-glass header of
 * need-to-know; the limits of every text and number (no text a service accepts or returns is longer than the longest
 * a request may fill); and where it runs.
 */
public class ApiDescription implements OASFilter {

    /** The longest text any request may fill (a conversation's note): nothing shown is longer. */
    static final int LONGEST_TEXT = 8000;
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.servers(List.of(OASFactory.createServer().url("/")
                .description("production, test and local alike: the host it is served from; in production behind the "
                        + "police's gateway, which terminates TLS and limits each client's rate")
                .addExtension("x-internal", true)));
        openAPI.getInfo().license(OASFactory.createLicense()
                .name("Restricted: for the Norwegian police and the partner agencies it shares with"));
        openAPI.getComponents().addSchema("Problem", problem());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    errors(path, method, operation);
                    breakGlass(path, operation);
                }));
    }

    /** Strings, integers and arrays without limits get the ones that hold for everything the services show. */
    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null || schema.getRef() != null) {
            return schema;
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.maxLength(FORMAT_LENGTHS.getOrDefault(String.valueOf(schema.getFormat()), LONGEST_TEXT));
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            // versions, sequence numbers, pages, counts, offsets: nothing below zero
            if (schema.getMinimum() == null) {
                schema.minimum(BigDecimal.ZERO);
            }
            if (schema.getMaximum() == null) {
                schema.maximum(BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        return schema;
    }

    /** The answers the platform's mappers give, by what the operation takes. */
    private static void errors(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean command = method == PathItem.HttpMethod.POST;
        boolean versioned = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
        problem(responses, "400", "Invalid request: the fields that are not valid, and why");
        problem(responses, "401", "No valid bearer token");
        problem(responses, "403", "The role, or need-to-know, does not allow it");
        if (path.contains("{")) {
            problem(responses, "404", "No such resource");
        }
        if (command) {
            problem(responses, "409", "A rule the current state forbids (rule named), or a concurrent change");
            problem(responses, "413", "A body over 64 KiB");
            problem(responses, "422", "A rule the request breaks (rule named)");
        }
        if (versioned) {
            problem(responses, "412", "If-Match names a version that is no longer the current one");
            problem(responses, "428", "If-Match is missing");
        }
        problem(responses, "500", "A defect on our side: nothing was stored; the incident id to quote");
    }

    /** A concern's own resources are need-to-know: a team lead of another district opens them by giving a reason. */
    private static void breakGlass(String path, Operation operation) {
        if (path.contains("{") && !path.startsWith("/operations")) {
            operation.addParameter(OASFactory.createParameter().name(NeedToKnow.BREAK_GLASS)
                    .in(Parameter.In.HEADER).required(false)
                    .description("A team lead's reason for opening another district's concern (break the glass): "
                            + "plain text up to " + NeedToKnow.MAX_REASON + " characters, percent-encoded UTF-8 "
                            + "beyond ASCII; written to the usage log with the reason")
                    // each of the 500 characters may take four bytes, each written as %XX
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .maxLength(NeedToKnow.MAX_REASON * 12)));
        }
    }

    private static void problem(APIResponses responses, String status, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        responses.addAPIResponse(status, response);
    }

    private static Schema problem() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(LONGEST_TEXT);
        Schema error = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("reason", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, as every error of every service is answered")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .maxLength(200))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text)
                .addProperty("rule", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)
                        .description("the broken rule's stable name, for 403 need-to-know, 409 and 422"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(error)
                        .maxItems(100))
                .addRequired("title").addRequired("status");
    }
}
