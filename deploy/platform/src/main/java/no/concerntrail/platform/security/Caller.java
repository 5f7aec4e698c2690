package no.concerntrail.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import no.concerntrail.platform.police.PoliceDistrict;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as their token says: the subject every event records, the roles and the police district. */
@RequestScoped
public class Caller {

    /** The token claim naming the caller's police district, by its code ({@code OSLO}, {@code SOR_OST}, ...). */
    public static final String DISTRICT_CLAIM = "district";

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    public boolean isTeamLead() {
        return token.getGroups().contains(Roles.TEAM_LEAD);
    }

    /**
     * The caller's district; nothing when the token names none or a code that is no district, so such a caller
     * sees only what is assigned to them (need-to-know fails closed).
     */
    public Optional<PoliceDistrict> district() {
        Object claim = token.getClaim(DISTRICT_CLAIM);
        // smallrye-jwt may hand a custom string claim over as JSON-P's JsonString, whose toString() is quoted
        String code = claim instanceof JsonString json ? json.getString() : claim instanceof String text ? text : null;
        return PoliceDistrict.of(code);
    }
}
