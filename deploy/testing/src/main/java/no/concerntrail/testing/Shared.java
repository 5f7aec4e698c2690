package no.concerntrail.testing;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * The caller's side of {@link JvmWideInfrastructure}: finds its copy in the system class loader (falling back to
 * this class loader's copy, with a warning, where the system class loader does not see this module) and hands
 * out its operations.
 */
final class Shared {

    private static final Map<String, Object> OPERATIONS = locate();

    private Shared() {
    }

    @SuppressWarnings("unchecked")
    static <T> T operation(String name) {
        Object operation = OPERATIONS.get(name);
        if (operation == null) {
            throw new IllegalStateException("no shared operation " + name);
        }
        return (T) operation;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> locate() {
        String name = JvmWideInfrastructure.class.getName();
        Class<?> jvmWide;
        try {
            jvmWide = Class.forName(name, true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            System.err.println("[concerntrail-testing] WARNING: the system class loader does not see " + name
                    + "; the test infrastructure is per class loader, not per JVM");
            jvmWide = JvmWideInfrastructure.class;
        }
        try {
            Method operations = jvmWide.getMethod("operations");
            return (Map<String, Object>) operations.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach " + name, e);
        }
    }
}
