-- policy_input: the facts the policy engine decided on (tool, verb, host, path, agent, classes, entity types,
-- reasons, signals, risk, body size, ...) as one JSON document, as answers and traces show them (every value the
-- scan found hidden), so that a simulation replays exactly what the engine saw. Null on traces written before.

ALTER TABLE traces ADD COLUMN policy_input VARCHAR;
