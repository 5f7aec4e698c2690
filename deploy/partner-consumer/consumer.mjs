// A partner agency's consumer of its ConcernTrail referral feed, with a stock Kafka client (kafkajs) and the
// CloudEvents SDK: it reads concerntrail.partner.<agency>.referrals with the agency's own SCRAM login and prints each
// event as one JSON line. Configured by the environment:
//   PARTNER_AGENCY  the agency id, e.g. child-welfare (required)
//   KAFKA_PASSWORD  the agency's Kafka password (required)
//   KAFKA_USERNAME  default partner-<agency>
//   KAFKA_GROUP     default partner-<agency>; the broker allows only that group and partner-<agency>.<anything>
//   KAFKA_BROKERS   default 127.0.0.1:19092 (the run command's broker), comma-separated
//   KAFKA_TLS       "true" to connect over TLS, as to any broker but the run command's on loopback
import { Kafka as CloudEventsKafka } from "cloudevents";
import { Kafka, logLevel } from "kafkajs";

const agency = required("PARTNER_AGENCY");
const principal = process.env.KAFKA_USERNAME ?? `partner-${agency}`;
const topic = `concerntrail.partner.${agency}.referrals`;

const kafka = new Kafka({
  clientId: principal,
  brokers: (process.env.KAFKA_BROKERS ?? "127.0.0.1:19092").split(","),
  // the run command's listener is SASL_PLAINTEXT on loopback; any other broker is reached over TLS
  ssl: process.env.KAFKA_TLS === "true",
  sasl: { mechanism: "scram-sha-256", username: principal, password: required("KAFKA_PASSWORD") },
  logLevel: logLevel.NOTHING,
  retry: { retries: 3 },
});
const consumer = kafka.consumer({ groupId: process.env.KAFKA_GROUP ?? principal });

// Delivery is at least once: a redelivered event has the ce_id it had. A real partner keeps the ids it has handled in
// the same transaction as what it does with the event; this one remembers the latest ones while it runs.
const handled = new Set();
const REMEMBERED = 100_000;

// a refusal after the start (the group, say) stops the consumer: say why and exit
consumer.on(consumer.events.CRASH, ({ payload }) => {
  if (!payload.restart) {
    refused(payload.error);
  }
});

try {
  await consumer.connect();
  // a new group starts at the oldest record the topic keeps (30 days); afterwards, where it committed
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      let event;
      try {
        event = CloudEventsKafka.toEvent({
          key: message.key?.toString() ?? "",
          value: message.value,
          headers: headersOf(message),
          timestamp: message.timestamp,
        });
      } catch (unreadable) {
        // not a CloudEvent: stop before its offset is committed, so no referral is passed over unseen (exiting here,
        // as disconnecting would wait for this very handler to end)
        console.error(`unreadable record at ${topic}/${partition}@${message.offset}: ${unreadable.message}`);
        process.exit(1);
      }
      if (handled.has(event.id)) {
        return;
      }
      handled.add(event.id);
      if (handled.size > REMEMBERED) {
        handled.delete(handled.values().next().value); // the oldest: a Set keeps its insertion order
      }
      // the referral is the event's subject and the record's key; data is what the agency may see, by its policy
      console.log(JSON.stringify({ id: event.id, type: event.type, referral: event.subject, time: event.time,
        data: event.data }));
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, async () => {
      await consumer.disconnect();
      process.exit(0);
    });
  }
} catch (error) {
  await refused(error);
}

// e.g. TOPIC_AUTHORIZATION_FAILED for another agency's topic, GROUP_AUTHORIZATION_FAILED for another's group, SASL
// authentication failed for a wrong password
async function refused(error) {
  console.error(`refused: ${error.type ?? error.name}: ${error.message}`);
  await consumer.disconnect().catch(() => {});
  process.exit(1);
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is required`);
    process.exit(2);
  }
  return value;
}

// kafkajs gives header values as Buffers; the CloudEvents binding reads ce_* and content-type as text
function headersOf(message) {
  const headers = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    headers[name] = Buffer.isBuffer(value) ? value.toString("utf8") : String(value);
  }
  return headers;
}
