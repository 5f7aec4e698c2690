/** What a case worker asks of a conversation. Each names the conversation, the expected version where it exists, and who asks. */
package no.concerntrail.conversations.domain.command;
