// Placeholder until the command is built; see the issues.
