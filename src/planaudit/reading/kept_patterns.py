"""No code: lazyre keeps the compiled code of planaudit's patterns in this module's bytecode slot, which pip removes."""
