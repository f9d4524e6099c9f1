# Hearth — français.
language-name = Français
app-title = Hearth
language-choice = Langue
model-loading = Préparation de l’écoute…
model-ready = Prêt à écouter. Modèle de parole : { $name } ({ $weights })
model-missing = Hearth ne peut pas encore écouter : le modèle de parole « { $name } » n’est pas installé. Le personnel peut l’installer avec : { $command }
model-failed = Hearth ne peut pas écouter : le modèle de parole n’a pas pu être chargé. { $detail }
no-engine = Hearth ne joint pas son moteur : { $detail }
