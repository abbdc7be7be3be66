# Sert le guide avec l’image officielle nginx et la configuration testée par `npm test`.
# Construisez d’abord le site (`npm install && npm run build`), puis :
#   docker build --build-arg BASE_PATH=/guide-assistants/ -t partenaire .
# BASE_PATH doit être le basePath de content/site.yaml.
# Les fichiers copiés sont ceux que `npm test` sert avec nginx (tests/browser/entreprise).
FROM nginx:1.27-alpine
ARG BASE_PATH=/
COPY deploy/nginx/partenaire.conf /etc/nginx/partenaire.conf
COPY deploy/nginx/server.conf /etc/nginx/conf.d/default.conf
COPY dist/ /usr/share/nginx/html${BASE_PATH}
