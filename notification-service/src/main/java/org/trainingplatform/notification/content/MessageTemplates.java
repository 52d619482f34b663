package org.trainingplatform.notification.content;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes messages with Thymeleaf templates, one set per message kind and language:
 * {@code email/<kind>.<lang>.html} (HTML part), {@code email/<kind>.<lang>.txt} (subject on the first
 * line, then the plain-text part) and {@code sms/<kind>.<lang>.txt}.
 * <p>
 * Besides the event's details, a template sees the class, the addressee ({@code name}, {@code dear},
 * {@code lecturer}), the sessions the message lists ({@code sessions}, grouped by day in {@code days}) and
 * {@code say}, which writes dates, times, scores and labels in the reader's language ({@link Wording}).
 * <p>
 * Templates are read from the classpath ({@code templates/}); a directory of overrides, if given, is
 * looked in first and read afresh on every use, so that an operator can change the wording of any
 * template without a new release.
 */
public class MessageTemplates {

    private static final String CLASSPATH_PREFIX = "templates/";
    private static final Pattern NAMES_ITSELF = Pattern.compile("(?iu)(lớp|khóa|khoá)\\s");

    private final TemplateEngine engine = new SpringTemplateEngine();

    public MessageTemplates(Path overrides) {
        int order = 1;
        for (TemplateMode mode : List.of(TemplateMode.HTML, TemplateMode.TEXT)) {
            if (overrides != null) {
                FileTemplateResolver files = resolver(new FileTemplateResolver(), overrides.toAbsolutePath() + "/", mode, order++);
                files.setCheckExistence(true);
                files.setCacheable(false);
            }
            resolver(new ClassLoaderTemplateResolver(), CLASSPATH_PREFIX, mode, order++);
        }
    }

    private <R extends AbstractConfigurableTemplateResolver> R resolver(R resolver, String prefix, TemplateMode mode,
                                                                       int order) {
        resolver.setPrefix(prefix);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(mode == TemplateMode.HTML ? "*.html" : "*.txt"));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        engine.addTemplateResolver(resolver);
        return resolver;
    }

    public EmailContent email(Letter letter) {
        String base = "email/" + letter.template() + "." + letter.language();
        String html = render(base + ".html", letter);
        String textWithSubject = render(base + ".txt", letter).strip();
        int endOfSubject = textWithSubject.indexOf('\n');
        String subject = (endOfSubject < 0 ? textWithSubject : textWithSubject.substring(0, endOfSubject)).strip();
        String text = endOfSubject < 0 ? "" : textWithSubject.substring(endOfSubject + 1).strip();
        if (subject.isEmpty() || text.isEmpty()) {
            throw new TemplateFailure(base + ".txt", "must start with the subject line, followed by the text");
        }
        return new EmailContent(subject, html, text + "\n");
    }

    public String sms(Letter letter) {
        String text = render("sms/" + letter.template() + "." + letter.language() + ".txt", letter).strip();
        return text.replaceAll("[ \\t]*\\R[ \\t]*", " ").replaceAll(" {2,}", " ");
    }

    private String render(String template, Letter letter) {
        try {
            return engine.process(template, new Context(locale(letter.language()), model(letter)));
        } catch (TemplateEngineException e) {
            throw new TemplateFailure(template, e);
        }
    }

    private static Map<String, Object> model(Letter letter) {
        Map<String, Object> model = new HashMap<>(letter.details());
        model.put("name", letter.to().name());
        model.put("dear", letter.to().dear(letter.language()));
        model.put("lecturer", letter.to().lecturer());
        model.put("classTitle", letter.classTitle());
        model.put("theClass", classPhrase(letter.classTitle(), letter.language(), false));
        model.put("TheClass", classPhrase(letter.classTitle(), letter.language(), true));
        model.put("programmeTitle", letter.programmeTitle());
        model.put("venue", letter.venue());
        model.put("startDate", DateText.date(letter.startDate(), letter.language()));
        model.put("endDate", DateText.date(letter.endDate(), letter.language()));
        model.put("startShort", DateText.shortDate(letter.startDate()));
        model.put("endShort", DateText.shortDate(letter.endDate()));
        model.put("issuedAt", DateText.dateTime(letter.issuedAt().atZone(letter.zone()), letter.language()));
        model.put("mandatory", letter.mandatory());
        List<SessionText> sessions = letter.sessions().stream()
                .map(session -> new SessionText(session, letter.language(), letter.zone())).toList();
        model.put("sessions", sessions);
        model.put("days", DayText.of(sessions));
        model.put("hasSessions", !sessions.isEmpty());
        model.put("sessionCount", sessions.size());
        model.put("first", sessions.isEmpty() ? null : sessions.get(0));
        model.put("say", new Wording(letter.language(), letter.zone()));
        return model;
    }

    /**
     * The class as a sentence names it: a title that already says "Lớp …" or "Khóa …" stands alone,
     * any other is introduced ("lớp Quản lý đô thị thông minh"); in English "the class “Lớp 2”".
     */
    static String classPhrase(String title, Language language, boolean startOfSentence) {
        String phrase = switch (language) {
            case vi -> NAMES_ITSELF.matcher(title).lookingAt() ? title : "lớp " + title;
            case en -> "the class “" + title + "”";
        };
        return startOfSentence ? Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
    }

    private static Locale locale(Language language) {
        return language == Language.en ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
    }
}
