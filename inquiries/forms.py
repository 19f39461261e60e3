from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _

from chains.models import ChainLink
from common import languages
from parks.models import InvestmentOpportunity, Park, Sector

from .models import Inquiry
from .submission import new_token

# Every character that ends a line somewhere (str.splitlines), not only CR and LF.
LINE_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
HONEYPOT = "website"


def no_line_breaks(value):
    """What may reach a mail header stays on one line (header injection)."""
    if any(character in LINE_BREAKS for character in value):
        raise ValidationError(
            _("Write this on one line: line breaks are not allowed here."), code="line_break"
        )


def valid_phone(value):
    allowed = set("0123456789+-()./ ")
    if not any(c.isdigit() for c in value) or any(c not in allowed for c in value):
        raise ValidationError(
            _("Enter a telephone number with digits, spaces and + - ( ) . / only."),
            code="invalid_phone",
        )


class InquiryForm(forms.ModelForm):
    """What an investor may set; status, assignee and reference are not among the fields."""

    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my inquiry is handled as it says."),
        error_messages={
            "required": _(
                "Please accept the privacy notice: we cannot handle an inquiry without it."
            )
        },
    )
    # A trap for robots: hidden from people, who are asked to leave it empty.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    # The form's one-time token: the same form sent twice is one inquiry (see submission.py).
    submission = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    FIELDSETS = [
        (
            _("About you"),
            ["name", "organisation", "email", "phone", "country", "preferred_language"],
        ),
        (_("Your interest"), ["sector", "investment_size", "timeline"]),
        (_("Your message"), ["message"]),
    ]
    ONE_LINE = ["name", "organisation", "email", "phone", "country"]

    class Meta:
        model = Inquiry
        fields = Inquiry.INVESTOR_FIELDS
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "country": forms.TextInput(attrs={"autocomplete": "country-name"}),
            "message": forms.Textarea(attrs={"rows": 8}),
            # Set by the park's or opportunity's page the investor came from: a list of
            # every park and opportunity would be thousands of choices long.
            "park": forms.HiddenInput,
            "opportunity": forms.HiddenInput,
            "chain_link": forms.HiddenInput,
        }
        help_texts = {
            "email": _("We send the acknowledgement and our answer here."),
            "preferred_language": _("The language we write to you in."),
            "sector": _("Choose a sector if your inquiry is about one."),
            "message": _(
                "Your project, what you would like to know, and how we can help. Plain text."
            ),
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "organisation": {"required": _("Enter your organisation.")},
            "email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter a valid email address, like name@example.com."),
            },
            "country": {"required": _("Enter your country or region.")},
            "message": {"required": _("Write your message.")},
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["preferred_language"].choices = [
            (code, get_language_info(code)["name_local"]) for code in languages.codes()
        ]
        fields["preferred_language"].initial = languages.current()
        if not self.is_bound:
            self.initial["submission"] = new_token()
        fields["park"].queryset = Park.objects.published()
        fields["opportunity"].queryset = InvestmentOpportunity.objects.published()
        fields["chain_link"].queryset = ChainLink.objects.of_published_chains()
        fields["sector"].queryset = Sector.objects.published()
        fields["sector"].empty_label = _("None in particular")
        for name in self.ONE_LINE:
            fields[name].validators.insert(0, no_line_breaks)
        fields["phone"].validators.append(valid_phone)
        for name, field in fields.items():
            if not field.required and name not in ("consent", HONEYPOT):
                field.label = gettext("%(label)s (optional)") % {"label": field.label}

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]

    def subjects(self):
        """The park and opportunity the inquiry is about, as records, for the form to name."""
        chosen = []
        for name in ("park", "opportunity", "chain_link"):
            field = self[name]
            value = field.value()
            if value in (None, ""):
                continue
            try:
                chosen.append(self.fields[name].to_python(value))
            except ValidationError:
                continue
        return [record for record in chosen if record is not None]


class StatusForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference code"),
        max_length=20,
        help_text=_("As given in your acknowledgement, for example INQ-2026-00042."),
        error_messages={"required": _("Enter the reference code of your inquiry.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("The address you sent the inquiry from."),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter a valid email address, like name@example.com."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()
