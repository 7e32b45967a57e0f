"""Display and input only: no parsing and no file reading; talks to models and the domain."""
