package no.concerntrail.testing;

import java.util.Map;

/** Reads the {@code service} init arg every ConcernTrail test resource takes. */
final class ServiceArgs {

    static final String SERVICE = "service";

    private ServiceArgs() {
    }

    static String service(Map<String, String> initArgs, Class<?> resource) {
        String service = initArgs == null ? null : initArgs.get(SERVICE);
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException(resource.getSimpleName() + " needs the service under test: "
                    + "@WithTestResource(value = " + resource.getSimpleName() + ".class, "
                    + "initArgs = @ResourceArg(name = \"service\", value = \"case-service\"))");
        }
        return service.trim();
    }
}
