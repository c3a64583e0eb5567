/** A setting that is missing or malformed: the message names the variable and what it should be. */
export class ConfigError extends Error {}
