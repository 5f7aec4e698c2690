package no.concerntrail.cases.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The access report as a printable document (OpenPDF) that a team lead can hand the person: the same content as the
 * JSON, every field as a labelled line ("Planned start: ..."), section by section. Nothing is added or left out here:
 * what is withheld was withheld when the report was made.
 */
final class AccessReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final float INDENT = 12;

    /** The sections of one concern, in order: its field of the JSON, and the heading it gets. */
    private static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("concern", "The concern as it stands"),
            Map.entry("history", "What happened, in time order"),
            Map.entry("readBy", "Who read the concern"),
            Map.entry("conversations", "Conversations"),
            Map.entry("conversationsReadBy", "Who read the conversations"),
            Map.entry("referrals", "Referrals to partner agencies"),
            Map.entry("shares", "What was shared with whom, and on which basis"),
            Map.entry("referralsReadBy", "Who read the referrals"));

    private AccessReportPdf() {
    }

    static byte[] write(AccessReport report, ObjectMapper json) {
        JsonNode tree = json.valueToTree(report);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, pdf);
            document.open();
            document.add(new Paragraph("What the police's concern work holds about you", TITLE));
            document.add(new Paragraph("National identity number: " + report.nationalIdentityNumber()
                    + "\nProduced " + report.producedAt() + " by " + report.producedBy(), TEXT));
            document.add(new Paragraph("What the law lets the police keep from you", HEADING));
            for (String withheld : report.withheld()) {
                document.add(new Paragraph("\u2022 " + withheld, TEXT));
            }
            if (report.concerns().isEmpty()) {
                document.add(new Paragraph("No concern about you is held.", TEXT));
            }
            int number = 0;
            for (JsonNode concern : tree.path("concerns")) {
                document.add(new Paragraph("Concern " + ++number + " (" + concern.path("concernId").asText() + ")",
                        HEADING));
                for (Map.Entry<String, String> section : SECTIONS) {
                    document.add(new Paragraph(section.getValue(), SUBHEADING));
                    JsonNode value = concern.path(section.getKey());
                    if (value.isEmpty()) {
                        document.add(new Paragraph("None.", TEXT));
                    } else {
                        lines(document, value, 0);
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The access report could not be written as a PDF", e);
        }
        return pdf.toByteArray();
    }

    /** Each field as "Label: value"; an object or list below its label, indented; empty values left out. */
    private static void lines(Document document, JsonNode node, int depth) throws DocumentException {
        if (node.isArray()) {
            int item = 0;
            for (JsonNode element : node) {
                if (element.isValueNode()) {
                    line(document, "\u2022 " + element.asText(), depth);
                } else {
                    line(document, "#" + ++item, depth);
                    lines(document, element, depth + 1);
                }
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull() || value.isMissingNode() || value.isContainerNode() && value.isEmpty()) {
                continue;
            }
            if (value.isValueNode()) {
                line(document, label(field.getKey()) + ": " + value.asText(), depth);
            } else if (value.isArray() && allValues(value)) {
                StringBuilder joined = new StringBuilder();
                value.forEach(element -> joined.append(joined.isEmpty() ? "" : ", ").append(element.asText()));
                line(document, label(field.getKey()) + ": " + joined, depth);
            } else {
                line(document, label(field.getKey()), depth);
                lines(document, value, depth + 1);
            }
        }
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static void line(Document document, String text, int depth) throws DocumentException {
        Paragraph paragraph = new Paragraph(new Chunk(text, TEXT));
        paragraph.setIndentationLeft(depth * INDENT);
        document.add(paragraph);
    }

    /** {@code plannedStart} → {@code Planned start}. */
    static String label(String field) {
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
