package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.evaluation.domain.Refusal;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.platform.web.ConflictException;
import io.innovation.pipeline.platform.web.ForbiddenException;
import io.innovation.pipeline.platform.web.InvalidRequestException;
import io.innovation.pipeline.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What every command route does first: who calls, with which role, and is the body what the published schema accepts. */
final class Requests {

    private Requests() {
    }

    /** The caller the gateway names, who must have one of {@code roles}: 401 without a caller, 403 without the role. */
    static Caller caller(String user, String roles, String... wanted) {
        Caller caller = Caller.from(user, roles).orElseThrow(Caller::missing);
        if (!caller.hasAnyRole(wanted)) {
            throw new ForbiddenException(caller.user() + " needs one of the roles " + String.join(", ", wanted));
        }
        return caller;
    }

    /** The body with the path's identifiers set (the path wins), read by the command's published schema: 400 naming each bad field. */
    static <T> T command(Class<T> type, JsonNode body, Map<String, String> fromPath) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new Violation("body", "must be a JSON object")));
        }
        ObjectNode command = ((ObjectNode) body).deepCopy();
        fromPath.forEach(command::put);
        Checked<T> checked = SchemaValidator.of(type).read(command);
        if (checked instanceof Checked.Invalid<T> invalid) {
            throw new InvalidRequestException(invalid.violations());
        }
        return ((Checked.Valid<T>) checked).value();
    }

    /** A refusal of the domain as HTTP: 403, 400, 409 or 404. */
    static RuntimeException refused(Refusal refusal) {
        String detail = refusal.violations().stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return switch (refusal.kind()) {
            case FORBIDDEN -> new ForbiddenException(detail);
            case INVALID -> new InvalidRequestException(refusal.violations());
            case CONFLICT -> new ConflictException(detail);
            case NOT_FOUND -> new NotFoundException(detail);
        };
    }
}
