package no.concerntrail.platform.http;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A caller's {@code Idempotency-Key} header ({@link IdempotencyKeys}): 1 to 200 characters, no white space. */
@Pattern(regexp = "\\S{1,200}", message = "must be 1 to 200 characters without spaces")
@Constraint(validatedBy = {})
@Target(PARAMETER)
@Retention(RUNTIME)
@Documented
public @interface IdempotencyKey {

    String message() default "must be 1 to 200 characters without spaces";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
