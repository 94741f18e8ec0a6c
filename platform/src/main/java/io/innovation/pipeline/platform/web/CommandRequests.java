package io.innovation.pipeline.platform.web;

import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.events.Violation;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What every command route does first: who calls, with which role, and is the body what the published schema accepts. */
public final class CommandRequests {

    private CommandRequests() {
    }

    /** The caller the gateway names, who must have one of {@code roles}: 401 without a caller, 403 without the role. */
    public static Caller caller(String user, String roles, String... wanted) {
        Caller caller = Caller.from(user, roles).orElseThrow(Caller::missing);
        if (!caller.hasAnyRole(wanted)) {
            throw new ForbiddenException(caller.user() + " needs one of the roles " + String.join(", ", wanted));
        }
        return caller;
    }

    /** The body with the path's identifiers set (the path wins), read by the command's published schema: 400 naming each bad field. */
    public static <T> T command(Class<T> type, JsonNode body, Map<String, String> fromPath) {
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
}
