package no.concerntrail.platform.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field (a UUID) naming whose key seals the {@link PersonalData} beside it: the concern, whose subject is one
 * person, so that one concern can be erased on its own retention deadline while another about the same person is
 * kept. Erasing a person erases each of their concerns.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DataSubject {
}
