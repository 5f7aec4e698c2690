package no.concerntrail.platform.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a stored event or of an aggregate's snapshot that holds personal data about the person its
 * {@link DataSubject} names: the platform stores it sealed under that person's key, and once the person is erased it
 * reads as null, in every replay. A record's component marked so is the field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {
}
