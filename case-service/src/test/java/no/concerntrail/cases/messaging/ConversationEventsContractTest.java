package no.concerntrail.cases.messaging;

import no.concerntrail.testing.ContractReaderTest;

/** case-service reads every conversation event conversation-service publishes, as its examples show them. */
class ConversationEventsContractTest extends ContractReaderTest {

    ConversationEventsContractTest() {
        super("conversation-service", new ConversationEventsReader());
    }
}
