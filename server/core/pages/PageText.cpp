// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/PageText.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <vector>

namespace petinfo::server {

namespace {

const PageText kEnglish{
    "en",
    "English",
    "en_US",
    "Tag not found",
    "This Pet Info tag does not exist. Check the address on the tag.",
    "Unclaimed Pet Info tag",
    "This tag is not linked to a pet yet",
    "To claim it, open the Pet Info app on your computer, open your pet, choose",
    "Link tag",
    "Once linked, anyone who scans the tag sees your pet's photo and name, and your phone number only while you "
    "mark the pet as lost.",
    "Photo of %1",
    "I am lost. Please contact my family.",
    "Species",
    "Sex",
    "Age",
    "Colour",
    "about ",
    "year",
    "years",
    "month",
    "months",
    {"Dog", "Cat", "Rabbit", "Bird", "Reptile", "Other"},
    {"Unknown", "Male", "Female"},
    {"Owner", "Emergency contact", "Foster", "Adopter", "Vet", "Contact"},
    "Call",
    "Message on WhatsApp",
    "Email",
    "No contact details were left for this pet.",
    "This pet is not reported lost. If it seems lost, keep it safe; its family can mark it as lost to show their "
    "contact details here.",
    "Hello, I found %1 (the pet of the Pet Info tag). ",
    "I found this pet",
    "Tell the family where the pet is. They receive your message at once.",
    "Your name",
    "Your phone",
    "Where is it?",
    "Message",
    "Send to the family",
    "Leave this empty",
    "Your name and phone go to the pet's family only.",
    "Thank you",
    "The family has your message. Please keep the pet safe; they will contact you.",
    "Back to the pet's page",
    "Please fill in: %1",
    "Too long: %1",
    "This form is too old. Please type your message again.",
    "Too many messages from your connection. Please wait a minute and try again.",
    "The form could not be read. Please try again.",
    "This message was already sent. The family has it.",
    "Language",
    " – Pet Info"};

const PageText kSpanish{
    "es",
    "Español",
    "es",
    "Placa no encontrada",
    "Esta placa de Pet Info no existe. Revise la dirección de la placa.",
    "Placa de Pet Info sin asignar",
    "Esta placa todavía no está vinculada a una mascota",
    "Para asignarla, abra Pet Info en su computadora, abra su mascota, elija",
    "Vincular placa",
    "Una vez vinculada, quien escanee la placa verá la foto y el nombre de su mascota, y su teléfono solo mientras "
    "la marque como perdida.",
    "Foto de %1",
    "Estoy perdido. Por favor, avise a mi familia.",
    "Especie",
    "Sexo",
    "Edad",
    "Color",
    "aprox. ",
    "año",
    "años",
    "mes",
    "meses",
    {"Perro", "Gato", "Conejo", "Ave", "Reptil", "Otro"},
    {"Desconocido", "Macho", "Hembra"},
    {"Dueño", "Contacto de emergencia", "Hogar de tránsito", "Adoptante", "Veterinario", "Contacto"},
    "Llamar",
    "Escribir por WhatsApp",
    "Correo",
    "No se dejaron datos de contacto para esta mascota.",
    "Esta mascota no figura como perdida. Si parece perdida, cuídela; su familia puede marcarla como perdida para "
    "mostrar aquí sus datos de contacto.",
    "Hola, encontré a %1 (la mascota de la placa de Pet Info). ",
    "Encontré esta mascota",
    "Cuéntele a la familia dónde está. Reciben su mensaje al instante.",
    "Su nombre",
    "Su teléfono",
    "¿Dónde está?",
    "Mensaje",
    "Enviar a la familia",
    "Deje esto vacío",
    "Su nombre y teléfono solo llegan a la familia de la mascota.",
    "Gracias",
    "La familia recibió su mensaje. Por favor, cuide a la mascota; se pondrán en contacto con usted.",
    "Volver a la página de la mascota",
    "Complete: %1",
    "Demasiado largo: %1",
    "Este formulario es demasiado antiguo. Escriba su mensaje otra vez.",
    "Demasiados mensajes desde su conexión. Espere un minuto y vuelva a intentarlo.",
    "No se pudo leer el formulario. Vuelva a intentarlo.",
    "Este mensaje ya fue enviado. La familia lo tiene.",
    "Idioma",
    " – Pet Info"};

const PageText kPortuguese{
    "pt-BR",
    "Português",
    "pt_BR",
    "Plaquinha não encontrada",
    "Esta plaquinha do Pet Info não existe. Confira o endereço na plaquinha.",
    "Plaquinha do Pet Info sem dono",
    "Esta plaquinha ainda não está ligada a um pet",
    "Para usá-la, abra o Pet Info no seu computador, abra o seu pet, escolha",
    "Vincular plaquinha",
    "Depois de vinculada, quem escanear a plaquinha vê a foto e o nome do seu pet, e o seu telefone só enquanto "
    "você marcar o pet como perdido.",
    "Foto de %1",
    "Estou perdido. Por favor, avise a minha família.",
    "Espécie",
    "Sexo",
    "Idade",
    "Cor",
    "cerca de ",
    "ano",
    "anos",
    "mês",
    "meses",
    {"Cachorro", "Gato", "Coelho", "Ave", "Réptil", "Outro"},
    {"Desconhecido", "Macho", "Fêmea"},
    {"Tutor", "Contato de emergência", "Lar temporário", "Adotante", "Veterinário", "Contato"},
    "Ligar",
    "Mensagem no WhatsApp",
    "E-mail",
    "Nenhum contato foi deixado para este pet.",
    "Este pet não está marcado como perdido. Se parecer perdido, cuide dele; a família pode marcá-lo como perdido "
    "para mostrar aqui os contatos.",
    "Olá, encontrei %1 (o pet da plaquinha do Pet Info). ",
    "Encontrei este pet",
    "Conte à família onde o pet está. Eles recebem a sua mensagem na hora.",
    "Seu nome",
    "Seu telefone",
    "Onde ele está?",
    "Mensagem",
    "Enviar para a família",
    "Deixe em branco",
    "Seu nome e telefone vão só para a família do pet.",
    "Obrigado",
    "A família recebeu a sua mensagem. Por favor, cuide do pet; eles vão entrar em contato.",
    "Voltar à página do pet",
    "Preencha: %1",
    "Longo demais: %1",
    "Este formulário é antigo demais. Escreva a sua mensagem de novo.",
    "Mensagens demais da sua conexão. Espere um minuto e tente de novo.",
    "Não foi possível ler o formulário. Tente de novo.",
    "Esta mensagem já foi enviada. A família já a recebeu.",
    "Idioma",
    " – Pet Info"};

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::optional<PageLanguage> languageOf(std::string_view tag)
{
    const std::string t = lower(tag);
    const std::string primary = t.substr(0, t.find_first_of("-_"));
    if (primary == "es") {
        return PageLanguage::Es;
    }
    if (primary == "pt") {
        return PageLanguage::PtBr;
    }
    if (primary == "en") {
        return PageLanguage::En;
    }
    return std::nullopt;
}

} // namespace

const PageText& pageText(PageLanguage language)
{
    switch (language) {
    case PageLanguage::Es:
        return kSpanish;
    case PageLanguage::PtBr:
        return kPortuguese;
    case PageLanguage::En:
        break;
    }
    return kEnglish;
}

std::string_view languageTag(PageLanguage language)
{
    return pageText(language).htmlLang;
}

PageLanguage pickLanguage(std::string_view queryLang, std::string_view acceptLanguage)
{
    if (!queryLang.empty() && queryLang.size() <= 10) {
        if (const auto chosen = languageOf(queryLang)) {
            return *chosen;
        }
    }
    // "es-AR,es;q=0.9,en;q=0.8": the highest q among ours wins, the first on a tie.
    std::optional<PageLanguage> best;
    double bestQ = 0;
    std::size_t start = 0;
    int items = 0;
    while (start < acceptLanguage.size() && items++ < 20) {
        const std::size_t end = std::min(acceptLanguage.find(',', start), acceptLanguage.size());
        const std::string item = trimmed(acceptLanguage.substr(start, end - start));
        start = end + 1;
        const std::size_t semicolon = item.find(';');
        const std::string tag = trimmed(item.substr(0, semicolon));
        double q = 1.0;
        if (semicolon != std::string::npos) {
            const std::string params = lower(trimmed(item.substr(semicolon + 1)));
            if (params.rfind("q=", 0) == 0) {
                char* endPtr = nullptr;
                const std::string number = params.substr(2);
                q = std::strtod(number.c_str(), &endPtr);
                if (endPtr == number.c_str() || q < 0 || q > 1) {
                    q = 0;
                }
            }
        }
        const auto lang = languageOf(tag);
        if (lang && q > bestQ) {
            best = lang;
            bestQ = q;
        }
    }
    return best.value_or(PageLanguage::En);
}

std::string substitute(std::string_view pattern, std::string_view value)
{
    std::string out(pattern);
    if (const auto at = out.find("%1"); at != std::string::npos) {
        out.replace(at, 2, value);
    }
    return out;
}

} // namespace petinfo::server
