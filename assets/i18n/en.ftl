# Hearth — English. Each language is one file like this one; the UI finds it by itself.
language-name = English
app-title = Hearth
language-choice = Language
model-loading = Getting ready to listen…
model-ready = Ready to listen. Speech model: { $name } ({ $weights })
model-missing = Hearth cannot listen yet: the speech model “{ $name }” is not installed. Staff can install it with: { $command }
model-failed = Hearth cannot listen: the speech model could not be loaded. { $detail }
no-engine = Hearth cannot reach its engine: { $detail }
