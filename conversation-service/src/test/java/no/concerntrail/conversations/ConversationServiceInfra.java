package no.concerntrail.conversations;

import no.concerntrail.testing.ServiceTestProfile;

/** conversation-service on the shared real infrastructure. */
public class ConversationServiceInfra extends ServiceTestProfile {

    public ConversationServiceInfra() {
        super("conversation-service");
    }
}
