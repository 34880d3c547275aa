from abc import ABC
class Serializer(ABC):
    pass
class JSONSerializer:
    pass
Serializer.register(JSONSerializer)
class XMLSerializer(Serializer):
    pass
print(issubclass(XMLSerializer, Serializer), isinstance(XMLSerializer(), Serializer))
print(JSONSerializer.__name__, Serializer.register(JSONSerializer) is JSONSerializer)
